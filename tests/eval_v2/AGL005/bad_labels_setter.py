import torch
import torch.nn as nn

torch.manual_seed(0)

model = nn.Linear(4, 3)
inputs = torch.randn(6, 4)
labels = torch.randint(0, 3, (6,))
inputs.requires_grad = True
labels.requires_grad = True  # expect: AGL005
loss = nn.functional.cross_entropy(model(inputs), labels)
loss.backward()
