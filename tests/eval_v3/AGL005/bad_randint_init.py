import torch

torch.manual_seed(0)
n_items = 5
scores = torch.randint(0, 10, (n_items,), requires_grad=True)  # expect: AGL005
probs = torch.softmax(scores.float(), dim=0)
print(probs)
