import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Linear(5, 5), nn.ReLU())
decoder = nn.Linear(5, 5)
x = torch.randn(4, 5)
code = encoder(x)
code.retain_grad  # noqa: B018
recon = decoder(code)
nn.functional.mse_loss(recon, x).backward()
code_grad = code.grad  # expect: AGL001
print("code grad:", code_grad)
