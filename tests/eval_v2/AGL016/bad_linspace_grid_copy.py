import torch

torch.manual_seed(0)

knots = torch.linspace(-1.0, 1.0, 5)
values = torch.tensor(knots.sin(), device="cpu", requires_grad=True)  # expect: AGL016
query = torch.rand(7) * 2 - 1
idx = torch.bucketize(query, knots).clamp(1, 4)
interp = values[idx - 1] + (values[idx] - values[idx - 1]) * (query - knots[idx - 1]) / 0.5
interp.sum().backward()
