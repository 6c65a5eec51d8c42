import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.fc = nn.Linear(4 * 6 * 6, 10)

    def forward(self, x):
        x = F.relu(self.conv(x))
        return self.fc(x.flatten(1))


net = Net()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
loader = [(torch.randn(4, 1, 8, 8), torch.randint(0, 10, (4,))) for _ in range(3)]

optimizer.zero_grad()
for images, labels in loader:
    loss = F.cross_entropy(net(images), labels)
    loss.backward()  # expect: AGL003
    optimizer.step()
