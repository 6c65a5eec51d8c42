import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Linear(6, 4)
x = torch.randn(8, 6)
labels = torch.randint(0, 4, (8,))
loss = nn.functional.cross_entropy(model(x), labels)
loss.backward()
print(labels.requires_grad)
