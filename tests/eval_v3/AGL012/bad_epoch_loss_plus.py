import torch
from torch import nn

torch.manual_seed(0)
clf = nn.Linear(5, 3)
opt = torch.optim.Adam(clf.parameters(), lr=1e-3)
epoch_loss = 0
for step in range(3):
    x, y = torch.randn(4, 5), torch.randint(0, 3, (4,))
    loss = nn.functional.cross_entropy(clf(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    epoch_loss = epoch_loss + loss  # expect: AGL012
    print(step, epoch_loss)
