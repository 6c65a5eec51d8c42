from torch import manual_seed, nn, randn, tensor

manual_seed(0)

encoder = nn.Linear(4, 3)
x = randn(2, 4)
z = encoder(x)
z_opt = tensor(z, requires_grad=True)  # expect: AGL016
(z_opt ** 2).sum().backward()
print(z_opt.grad)
