import torch

torch.manual_seed(0)
counts = torch.randint(1, 10, (6,))
rates = torch.tensor(counts.tolist(), dtype=torch.float32, requires_grad=True)
nll = (rates - counts * torch.log(rates)).sum()
nll.backward()
print(rates.grad)
