"""DQN update on replayed transitions; the Q-network's gradients pile up."""
import torch
from torch import nn

torch.manual_seed(11)
q_net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
target_net = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 2))
target_net.load_state_dict(q_net.state_dict())
opt = torch.optim.Adam(q_net.parameters(), lr=1e-3)
for _ in range(3):
    s, s2 = torch.randn(8, 4), torch.randn(8, 4)
    a, r = torch.randint(0, 2, (8,)), torch.rand(8)
    with torch.no_grad():
        target = r + 0.99 * target_net(s2).max(dim=1).values
    q = q_net(s).gather(1, a.unsqueeze(1)).squeeze(1)
    loss = nn.functional.smooth_l1_loss(q, target)
    loss.backward()  # expect: AGL003
    opt.step()
