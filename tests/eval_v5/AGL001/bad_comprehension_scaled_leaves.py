import torch

torch.manual_seed(7)
scales = [1.0, 0.5, 0.25]
layers = [torch.randn(4, 4, requires_grad=True) * s for s in scales]
h = torch.randn(2, 4)
for layer in layers:
    h = torch.tanh(h @ layer)
h.sum().backward()
norms = [layer.grad for layer in layers]  # expect: AGL001
print(norms)
