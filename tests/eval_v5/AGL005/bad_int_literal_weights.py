import torch

torch.manual_seed(0)
weights = torch.tensor([1, 2, 3], requires_grad=True)  # expect: AGL005
x = torch.randn(4, 3)
print(x @ weights)
