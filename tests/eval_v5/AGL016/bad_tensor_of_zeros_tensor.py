import torch

torch.manual_seed(110)
offset = torch.tensor(torch.zeros(3), requires_grad=True)  # expect: AGL016
(offset + torch.randn(3)).pow(2).sum().backward()
