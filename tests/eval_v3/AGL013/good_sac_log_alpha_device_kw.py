import torch
from torch import nn

torch.manual_seed(0)
device = torch.device("cpu")
target_entropy = -2.0
log_alpha = torch.zeros(1, requires_grad=True, device=device)
alpha_opt = torch.optim.Adam([log_alpha], lr=3e-4)
policy = nn.Linear(4, 2).to(device)
log_pi = torch.log_softmax(policy(torch.randn(8, 4, device=device)), -1)[:, 0]
alpha_opt.zero_grad()
alpha_loss = -(log_alpha * (log_pi + target_entropy).detach()).mean()
alpha_loss.backward()
alpha_opt.step()
