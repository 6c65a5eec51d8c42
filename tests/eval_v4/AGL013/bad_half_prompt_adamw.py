"""Prompt tuning: soft prompt cast to half precision after requires_grad."""
import torch

torch.manual_seed(2)
soft_prompt = torch.randn(4, 8, requires_grad=True).half()  # expect: AGL013
optimizer = torch.optim.AdamW([soft_prompt], lr=1e-3)
