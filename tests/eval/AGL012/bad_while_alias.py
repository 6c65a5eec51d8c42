import torch as T

w = T.randn(3, requires_grad=True)
opt = T.optim.SGD([w], lr=0.1)
acc = T.zeros(())
it = 0
while it < 4:
    opt.zero_grad()
    loss = (w - 1).pow(2).sum()
    loss.backward()
    opt.step()
    acc += loss  # expect: AGL012
    it += 1
print(acc)
