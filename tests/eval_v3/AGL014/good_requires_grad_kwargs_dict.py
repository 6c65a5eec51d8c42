import torch

torch.manual_seed(0)
require_grad = True
factory_kwargs = {"dtype": torch.float32, "requires_grad": require_grad}
w = torch.zeros(3, **factory_kwargs)
(w + 1).pow(2).sum().backward()
print(w.grad)
