import torch as T

loss_scale = T.randn(()).abs()
s = T.tensor(loss_scale.item(), requires_grad=True)
print(s)
