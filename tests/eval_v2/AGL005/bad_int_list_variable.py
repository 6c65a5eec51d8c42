import torch

torch.manual_seed(0)

init_counts = [3, 1, 4, 1]
counts = torch.tensor(init_counts, requires_grad=True)  # expect: AGL005
probs = counts / counts.sum()
print(probs)
