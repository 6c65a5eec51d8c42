"""Cast first, then requires_grad_() on the cast result."""
import torch

torch.manual_seed(1)
soft_prompt = torch.randn(4, 8).double()
soft_prompt.requires_grad_()
optimizer = torch.optim.AdamW([soft_prompt], lr=1e-3)
optimizer.zero_grad()
soft_prompt.sum().backward()
optimizer.step()
