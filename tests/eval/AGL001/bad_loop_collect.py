import torch

x = torch.randn(8, 3)
W = torch.randn(3, 2, requires_grad=True)
grads = []
for step in range(3):
    z = x @ W
    loss = z.pow(2).sum()
    loss.backward()
    grads.append(z.grad)  # expect: AGL001
    print(step, grads[-1])
