import torch

torch.manual_seed(2)
shift = torch.randint(-3, 4, (5,), requires_grad=True)  # expect: AGL005
signal = torch.randn(5)
print(signal + shift)
