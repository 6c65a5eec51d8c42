from torch import tensor

idx = tensor([[0, 1], [1, 0]])
idx.requires_grad_(True)  # expect: AGL005
print(idx)
