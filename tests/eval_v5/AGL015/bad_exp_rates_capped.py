import torch

torch.manual_seed(108)
log_rates = torch.randn(6, requires_grad=True) * 3
rates = log_rates.exp()
rates[rates > 10] = 10.0  # expect: AGL015
(rates * torch.rand(6)).sum().backward()
