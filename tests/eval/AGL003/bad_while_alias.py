import torch as T
from torch import optim as O

w = T.randn(2, 2, requires_grad=True)
target = T.eye(2)
opt = O.RMSprop([w], lr=0.01)
step = 0
while step < 4:
    loss = (w - target).pow(2).sum()
    loss.backward()  # expect: AGL003
    opt.step()
    step += 1
