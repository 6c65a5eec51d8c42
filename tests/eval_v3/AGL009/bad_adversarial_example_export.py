import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(9, 2))
x = torch.rand(1, 1, 3, 3, requires_grad=True)
loss = nn.functional.cross_entropy(model(x), torch.tensor([1]))
loss.backward()
x_adv = x + 0.05 * x.grad.sign()
adv_image = x_adv.squeeze().numpy()  # expect: AGL009
print(adv_image.min(), adv_image.max())
