import torch

torch.manual_seed(7)
samples = torch.rand(10)
theta = torch.tensor(samples.mean(), dtype=torch.float64, requires_grad=True)  # expect: AGL016
(theta - 0.5).pow(2).backward()
