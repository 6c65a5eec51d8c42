import torch
import torch.nn as nn

torch.manual_seed(0)


def q_network():
    return nn.Sequential(nn.Linear(4, 32), nn.ReLU(), nn.Linear(32, 2))


policy_net, target_net = q_network(), q_network()
target_net.load_state_dict(policy_net.state_dict())
optimizer = torch.optim.Adam(policy_net.parameters(), lr=1e-3)
gamma = 0.99

state, next_state = torch.randn(16, 4), torch.randn(16, 4)
action = torch.randint(0, 2, (16, 1))
reward = torch.randn(16)

q_values = policy_net(state).gather(1, action).squeeze(1)
next_q = target_net(next_state).max(1)[0]
next_q.requires_grad = False  # expect: AGL010
expected = reward + gamma * next_q
loss = nn.functional.smooth_l1_loss(q_values, expected)
optimizer.zero_grad()
loss.backward()
optimizer.step()
