import torch

torch.manual_seed(0)

n_classes = 4
log_priors = torch.tensor(torch.zeros(n_classes), requires_grad=True)  # expect: AGL016
counts = torch.tensor([10.0, 3.0, 5.0, 2.0])
nll = -(counts * torch.log_softmax(log_priors, 0)).sum()
nll.backward()
print(log_priors.grad)
