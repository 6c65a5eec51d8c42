import torch

torch.manual_seed(0)
table = torch.randn(100, 16, requires_grad=True).cuda()  # expect: AGL013
ids = torch.tensor([1, 5, 7])
print(table[ids].shape)
