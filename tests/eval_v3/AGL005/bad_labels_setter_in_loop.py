import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [(torch.randn(5, 4), torch.randint(0, 3, (5,))) for _ in range(2)]
for inputs, labels in batches:
    inputs.requires_grad = True
    labels.requires_grad = True  # expect: AGL005
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(inputs), labels)
    loss.backward()
    opt.step()
