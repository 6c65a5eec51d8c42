import torch

torch.manual_seed(0)
n_experts = 3
gates = [torch.randn(4, requires_grad=True).cuda() for _ in range(n_experts)]  # expect: AGL013
x = torch.randn(2, 4)
mix = sum(torch.sigmoid(x @ g) for g in gates)
print(mix)
