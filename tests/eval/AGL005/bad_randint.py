import torch

noise_idx = torch.randint(0, 10, (3,), requires_grad=True)  # expect: AGL005
print(noise_idx)
