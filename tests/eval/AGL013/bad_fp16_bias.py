import torch

bias = torch.zeros(10, requires_grad=True).to(torch.float16)  # expect: AGL013
logits = torch.randn(4, 10, dtype=torch.float16) + bias
logits.float().logsumexp(dim=1).mean().backward()
if bias.grad is None:  # expect: AGL001
    print("bias did not learn")
