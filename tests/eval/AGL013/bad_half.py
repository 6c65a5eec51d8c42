import torch as T

scale = T.ones(5, requires_grad=True).half()  # expect: AGL013
out = (scale * T.arange(5, dtype=T.float16)).sum()
out.backward()
print("scale grad:", scale.grad)  # expect: AGL001
