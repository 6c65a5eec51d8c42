import torch

torch.manual_seed(0)

features = torch.randn(32, 8)
spread = torch.tensor(float(features.std()), requires_grad=True)
pair = torch.tensor([features[0, 0].item(), features[1, 1].item()], requires_grad=True)
loss = (features / spread).pow(2).mean() + pair.sum()
loss.backward()
print(spread.grad, pair.grad)
