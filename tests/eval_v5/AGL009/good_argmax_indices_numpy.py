import torch
import torch.nn as nn

torch.manual_seed(36)
model = nn.Linear(5, 3)
logits = model(torch.randn(4, 5))
predicted = logits.argmax(dim=1).numpy()
print(predicted)
