import torch
import torch.nn as nn

torch.manual_seed(2)
model = nn.Linear(5, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
batches = [(torch.randn(8, 5), torch.randint(0, 2, (8,))) for _ in range(4)]

for _epoch in range(2):
    opt.zero_grad()
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # expect: AGL003
        opt.step()
