import torch

torch.manual_seed(0)
prompt = torch.randn(4, 8, requires_grad=True).half()  # expect: AGL013
optimizer = torch.optim.AdamW([prompt], lr=1e-3)
