import torch

torch.manual_seed(0)

gains = torch.randn(5, requires_grad=True)
signal = torch.randn(5)
(gains * signal).sum().backward()
with torch.inference_mode():
    bump = torch.ones(5)
with torch.no_grad():
    gains.add_(bump * 0.1)
    gains.clamp_(min=0.0)
print(gains)
