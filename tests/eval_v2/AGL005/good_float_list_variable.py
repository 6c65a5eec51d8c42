import torch

torch.manual_seed(0)

init_logits = [0.5, 1.5, -0.25, 0.0]
logits = torch.tensor(init_logits, requires_grad=True)
probs = torch.softmax(logits, 0)
(-torch.log(probs[1])).backward()
print(logits.grad)
