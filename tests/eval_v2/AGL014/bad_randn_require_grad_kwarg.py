import torch

torch.manual_seed(0)

n_features = 6
W = torch.randn(n_features, 2, require_grad=True)  # expect: AGL014
b = torch.zeros(2)
x = torch.randn(3, n_features)
print((x @ W + b).shape)
