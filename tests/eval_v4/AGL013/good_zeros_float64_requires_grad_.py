"""SAC temperature created in float64 and then flagged."""
import torch

torch.manual_seed(9)
log_alpha = torch.zeros(1, dtype=torch.float64).requires_grad_()
alpha_opt = torch.optim.Adam([log_alpha], lr=3e-4)
entropy = torch.tensor([1.3], dtype=torch.float64)
alpha_opt.zero_grad()
(-(log_alpha * (entropy - 2.0))).mean().backward()
alpha_opt.step()
