import torch

theta = torch.zeros(4, requires_grad=True)
checkpoint = {"theta": torch.tensor([0.1, -0.2, 0.3, 0.0])}


def load_state(t, state):
    with torch.no_grad():
        t.copy_(state["theta"])


load_state(theta, checkpoint)
(theta ** 2).sum().backward()
print(theta.grad)
