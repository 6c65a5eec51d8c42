import torch

torch.manual_seed(0)
readings = [0.5, 1.5, 2.5, 3.5]
x = torch.as_tensor(readings)
w = torch.tensor(0.1, requires_grad=True)
(w * x).sum().backward()
print(w.grad)
