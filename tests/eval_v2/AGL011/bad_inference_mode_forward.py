import torch
import torch.nn as nn

torch.manual_seed(0)


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 2))

    def act(self, obs):
        with torch.inference_mode():
            logits = self.net(obs)
        return torch.distributions.Categorical(logits=logits)


policy = Policy()
obs = torch.randn(6, 4)
dist = policy.act(obs)
actions = dist.sample()
returns = torch.randn(6)
loss = -(dist.log_prob(actions) * returns).mean()
loss.backward()  # expect: AGL011
