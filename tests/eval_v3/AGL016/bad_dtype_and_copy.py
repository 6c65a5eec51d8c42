import torch

torch.manual_seed(0)
counts = torch.randint(1, 10, (6,))
rates = torch.tensor(counts, dtype=torch.float32, requires_grad=True)  # expect: AGL016
nll = (rates - counts * torch.log(rates)).sum()
nll.backward()
print(rates.grad)
