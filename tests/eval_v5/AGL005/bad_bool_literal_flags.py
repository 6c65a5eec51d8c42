import torch

torch.manual_seed(72)
keep = torch.tensor([True, False, True], requires_grad=True)  # expect: AGL005
