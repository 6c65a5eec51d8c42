"""SAC entropy temperature created then moved to float64 with to(dtype=...)."""
import torch

torch.manual_seed(6)
target_entropy = -2.0
log_alpha = torch.zeros(1, requires_grad=True).to(dtype=torch.float64)  # expect: AGL013
alpha_opt = torch.optim.Adam([log_alpha], lr=3e-4)
