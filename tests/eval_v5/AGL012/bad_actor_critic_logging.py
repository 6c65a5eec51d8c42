import torch
import torch.nn as nn

torch.manual_seed(7)
actor = nn.Linear(4, 2)
critic = nn.Linear(4, 1)
opt = torch.optim.Adam(list(actor.parameters()) + list(critic.parameters()), lr=1e-3)
total_actor, total_critic = 0.0, 0.0
for _ in range(3):
    s = torch.randn(6, 4)
    r = torch.randn(6)
    dist = torch.distributions.Categorical(logits=actor(s))
    a = dist.sample()
    v = critic(s).squeeze(1)
    actor_loss = -(dist.log_prob(a) * (r - v).detach()).mean()
    critic_loss = (r - v).pow(2).mean()
    opt.zero_grad()
    (actor_loss + critic_loss).backward()
    opt.step()
    total_actor += actor_loss.item()
    total_critic += critic_loss  # expect: AGL012
