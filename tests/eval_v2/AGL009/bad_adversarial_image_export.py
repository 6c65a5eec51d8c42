import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

net = nn.Sequential(nn.Flatten(), nn.Linear(16, 2))
image = torch.rand(1, 4, 4, requires_grad=True)
loss = nn.functional.cross_entropy(net(image), torch.tensor([1]))
loss.backward()
adv = (image + 0.05 * image.grad.sign()).clamp(0, 1)
out = (adv.squeeze(0).numpy() * 255).astype(np.uint8)  # expect: AGL009
print(out)
