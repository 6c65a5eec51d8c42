import torch

torch.manual_seed(0)
scores = torch.randint(0, 10, (5,)).float().requires_grad_()
probs = torch.softmax(scores, dim=0)
(-probs[0].log()).backward()
print(scores.grad)
