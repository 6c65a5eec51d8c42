import torch

torch.manual_seed(0)

noise = torch.zeros(1, 3, 8, 8)
noise.requires_grads = True  # expect: AGL014
image = torch.rand(1, 3, 8, 8)
score = ((image + noise) ** 2).mean()
print(score.requires_grad)
